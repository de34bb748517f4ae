-- One row per customer: junk rows (no integer cst_id) dropped, duplicates resolved to the record
-- with the latest create date (later records are the complete ones; the later line breaks ties),
-- names trimmed, codes decoded, impossible dates NULL (iso_date: see stg_crm_sales_details). SQLite takes the bare columns of a max() aggregate from the row
-- holding the maximum: one grouping pass instead of a window function.
SELECT
    CAST(trim(cst_id) AS INTEGER) AS cst_id,
    trim(cst_key) AS cst_key,
    nullif(trim(cst_firstname), '') AS cst_firstname,
    nullif(trim(cst_lastname), '') AS cst_lastname,
    CASE upper(trim(cst_marital_status)) WHEN 'S' THEN 'Single' WHEN 'M' THEN 'Married' ELSE 'n/a' END AS cst_marital_status,
    CASE upper(trim(cst_gndr)) WHEN 'F' THEN 'Female' WHEN 'M' THEN 'Male' ELSE 'n/a' END AS cst_gndr,
    iso_date(trim(cst_create_date)) AS cst_create_date,
    max(coalesce(nullif(trim(cst_create_date), ''), '') || printf('%012d', _source_line)) AS _latest
FROM raw_crm_cust_info
WHERE trim(cst_id) <> '' AND trim(cst_id) NOT GLOB '*[^0-9]*'
GROUP BY CAST(trim(cst_id) AS INTEGER)
