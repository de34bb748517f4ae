-- The sales staging model in plain SQL, for the sqlite3 shell baseline of Benchmarks/build.sh: the
-- shell cannot call iso_date_from_yyyymmdd, so each distinct date text is checked once with
-- date(x, '+0 days') = x and joined back. Same output as models/staging/stg_crm_sales_details.sql.
WITH typed AS MATERIALIZED (
    SELECT
        trim(sls_ord_num) AS sls_ord_num,
        trim(sls_prd_key) AS sls_prd_key,
        CAST(trim(sls_cust_id) AS INTEGER) AS sls_cust_id,
        trim(sls_order_dt) AS order_raw,
        trim(sls_ship_dt) AS ship_raw,
        trim(sls_due_dt) AS due_raw,
        CAST(nullif(trim(sls_sales), '') AS NUMERIC) AS sales_raw,
        CAST(nullif(trim(sls_quantity), '') AS INTEGER) AS sls_quantity,
        CAST(nullif(trim(sls_price), '') AS NUMERIC) AS price_raw,
        _source_line
    FROM raw_crm_sales_details
),
-- Validating each distinct date text once keeps date() calls to about a thousand, whatever the row count.
valid_dates AS MATERIALIZED (
    SELECT raw, iso
    FROM (
        SELECT raw, substr(raw, 1, 4) || '-' || substr(raw, 5, 2) || '-' || substr(raw, 7, 2) AS iso
        FROM (SELECT order_raw AS raw FROM typed UNION SELECT ship_raw FROM typed UNION SELECT due_raw FROM typed)
        WHERE length(raw) = 8 AND raw NOT GLOB '*[^0-9]*'
    )
    WHERE date(iso, '+0 days') = iso
),
repaired AS (
    SELECT
        *,
        CASE
            WHEN sales_raw IS NULL OR sales_raw <= 0 OR sales_raw <> sls_quantity * abs(price_raw)
            THEN sls_quantity * abs(price_raw)
            ELSE sales_raw
        END AS sls_sales
    FROM typed
)
SELECT
    r.sls_ord_num,
    r.sls_prd_key,
    r.sls_cust_id,
    o.iso AS sls_order_dt,
    s.iso AS sls_ship_dt,
    d.iso AS sls_due_dt,
    r.sls_sales,
    r.sls_quantity,
    CASE WHEN r.price_raw IS NULL OR r.price_raw <= 0 THEN r.sls_sales * 1.0 / nullif(r.sls_quantity, 0) ELSE r.price_raw END AS sls_price,
    r._source_line
FROM repaired r
LEFT JOIN valid_dates o ON o.raw = r.order_raw
LEFT JOIN valid_dates s ON s.raw = r.ship_raw
LEFT JOIN valid_dates d ON d.raw = r.due_raw
