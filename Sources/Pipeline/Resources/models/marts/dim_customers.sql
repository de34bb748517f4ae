-- The CRM is the master for customers; the ERP adds country, birth date and fills gender gaps.
-- customer_key is left NULL: the INTEGER PRIMARY KEY numbers rows 1..n in the ORDER BY order,
-- which costs nothing, where ROW_NUMBER() would sort the table a second time.
SELECT
    NULL AS customer_key,
    ci.cst_id AS customer_id,
    ci.cst_key AS customer_number,
    ci.cst_firstname AS first_name,
    ci.cst_lastname AS last_name,
    coalesce(la.cntry, 'n/a') AS country,
    ci.cst_marital_status AS marital_status,
    CASE WHEN ci.cst_gndr <> 'n/a' THEN ci.cst_gndr ELSE coalesce(ca.gen, 'n/a') END AS gender,
    ca.bdate AS birth_date,
    ci.cst_create_date AS create_date
FROM stg_crm_cust_info ci
LEFT JOIN stg_erp_cust_az12 ca ON ca.cid = ci.cst_key
LEFT JOIN stg_erp_loc_a101 la ON la.cid = ci.cst_key
ORDER BY ci.cst_id
