-- Current product versions only (no later version of the same product number), with category.
-- product_key: numbered 1..n in the ORDER BY order by the INTEGER PRIMARY KEY (see dim_customers).
SELECT
    NULL AS product_key,
    pn.prd_id AS product_id,
    pn.prd_key AS product_number,
    pn.prd_nm AS product_name,
    pn.cat_id AS category_id,
    pc.cat AS category,
    pc.subcat AS subcategory,
    pc.maintenance AS maintenance,
    pn.prd_cost AS cost,
    pn.prd_line AS product_line,
    pn.prd_start_dt AS start_date
FROM stg_crm_prd_info pn
LEFT JOIN stg_erp_px_cat_g1v2 pc ON pc.id = pn.cat_id
WHERE pn.prd_end_dt IS NULL
ORDER BY pn.prd_start_dt, pn.prd_key
