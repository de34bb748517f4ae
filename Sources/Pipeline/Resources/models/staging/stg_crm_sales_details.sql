-- One row per order line. Dates arrive as YYYYMMDD integers: 0, a wrong length or an impossible
-- date (20130231) becomes NULL. iso_date_from_yyyymmdd and iso_date are registered by the build
-- (Pipeline/Build/BuildFunctions.swift): SQLite's own date() accepts February 30th. Amounts are repaired: a missing, non-positive or inconsistent
-- sales amount is quantity x |price|; a missing or non-positive price is sales / quantity.
WITH typed AS MATERIALIZED (
    SELECT
        trim(sls_ord_num) AS sls_ord_num,
        trim(sls_prd_key) AS sls_prd_key,
        CAST(trim(sls_cust_id) AS INTEGER) AS sls_cust_id,
        iso_date_from_yyyymmdd(trim(sls_order_dt)) AS sls_order_dt,
        iso_date_from_yyyymmdd(trim(sls_ship_dt)) AS sls_ship_dt,
        iso_date_from_yyyymmdd(trim(sls_due_dt)) AS sls_due_dt,
        CAST(nullif(trim(sls_sales), '') AS NUMERIC) AS sales_raw,
        CAST(nullif(trim(sls_quantity), '') AS INTEGER) AS sls_quantity,
        CAST(nullif(trim(sls_price), '') AS NUMERIC) AS price_raw,
        _source_line
    FROM raw_crm_sales_details
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
    sls_ord_num,
    sls_prd_key,
    sls_cust_id,
    sls_order_dt,
    sls_ship_dt,
    sls_due_dt,
    sls_sales,
    sls_quantity,
    CASE WHEN price_raw IS NULL OR price_raw <= 0 THEN sls_sales * 1.0 / nullif(sls_quantity, 0) ELSE price_raw END AS sls_price,
    _source_line
FROM repaired
