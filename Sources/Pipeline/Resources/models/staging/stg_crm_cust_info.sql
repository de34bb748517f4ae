-- One row per customer: junk rows (no integer cst_id) dropped, duplicates resolved to the record
-- with the latest create date (later records are the complete ones), names trimmed, codes decoded.
WITH ranked AS (
    SELECT
        *,
        ROW_NUMBER() OVER (
            PARTITION BY CAST(trim(cst_id) AS INTEGER)
            ORDER BY nullif(trim(cst_create_date), '') DESC NULLS LAST, _source_line DESC
        ) AS recency
    FROM raw_crm_cust_info
    WHERE trim(cst_id) <> '' AND trim(cst_id) NOT GLOB '*[^0-9]*'
)
SELECT
    CAST(trim(cst_id) AS INTEGER) AS cst_id,
    trim(cst_key) AS cst_key,
    nullif(trim(cst_firstname), '') AS cst_firstname,
    nullif(trim(cst_lastname), '') AS cst_lastname,
    CASE upper(trim(cst_marital_status)) WHEN 'S' THEN 'Single' WHEN 'M' THEN 'Married' ELSE 'n/a' END AS cst_marital_status,
    CASE upper(trim(cst_gndr)) WHEN 'F' THEN 'Female' WHEN 'M' THEN 'Male' ELSE 'n/a' END AS cst_gndr,
    CASE WHEN date(trim(cst_create_date), '+0 days') = trim(cst_create_date) THEN trim(cst_create_date) END AS cst_create_date
FROM ranked
WHERE recency = 1
