-- One row per order line. Dates arrive as YYYYMMDD integers: 0, a wrong length or an impossible
-- date (20130231) becomes NULL. Amounts are repaired: a missing, non-positive or inconsistent
-- sales amount is quantity x |price|; a missing or non-positive price is sales / quantity.
WITH typed AS (
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
dated AS (
    SELECT
        *,
        substr(order_raw, 1, 4) || '-' || substr(order_raw, 5, 2) || '-' || substr(order_raw, 7, 2) AS order_iso,
        substr(ship_raw, 1, 4) || '-' || substr(ship_raw, 5, 2) || '-' || substr(ship_raw, 7, 2) AS ship_iso,
        substr(due_raw, 1, 4) || '-' || substr(due_raw, 5, 2) || '-' || substr(due_raw, 7, 2) AS due_iso,
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
    CASE WHEN length(order_raw) = 8 AND order_raw NOT GLOB '*[^0-9]*' AND date(order_iso) = order_iso THEN order_iso END AS sls_order_dt,
    CASE WHEN length(ship_raw) = 8 AND ship_raw NOT GLOB '*[^0-9]*' AND date(ship_iso) = ship_iso THEN ship_iso END AS sls_ship_dt,
    CASE WHEN length(due_raw) = 8 AND due_raw NOT GLOB '*[^0-9]*' AND date(due_iso) = due_iso THEN due_iso END AS sls_due_dt,
    sls_sales,
    sls_quantity,
    CASE WHEN price_raw IS NULL OR price_raw <= 0 THEN sls_sales / nullif(sls_quantity, 0) ELSE price_raw END AS sls_price,
    _source_line
FROM dated
