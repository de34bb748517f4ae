-- One row per order line; the surrogate keys of the dimensions are found through the product
-- number and the CRM customer id. order_key: numbered 1..n in the ORDER BY order by the INTEGER
-- PRIMARY KEY (see dim_customers).
SELECT
    NULL AS order_key,
    sd.sls_ord_num AS order_number,
    pr.product_key AS product_key,
    cu.customer_key AS customer_key,
    sd.sls_order_dt AS order_date,
    sd.sls_ship_dt AS shipping_date,
    sd.sls_due_dt AS due_date,
    sd.sls_sales AS sales_amount,
    sd.sls_quantity AS quantity,
    sd.sls_price AS price
FROM stg_crm_sales_details sd
LEFT JOIN dim_products pr ON pr.product_number = sd.sls_prd_key
LEFT JOIN dim_customers cu ON cu.customer_id = sd.sls_cust_id
ORDER BY sd.sls_order_dt, sd.sls_ord_num, sd.sls_prd_key, sd._source_line
