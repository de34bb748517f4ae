-- table: stg_crm_prd_info
-- Every product number has exactly one current version, and versions never overlap.
SELECT prd_key, COUNT(*) AS current_versions
FROM stg_crm_prd_info
WHERE prd_end_dt IS NULL
GROUP BY prd_key
HAVING COUNT(*) <> 1
UNION ALL
SELECT prd_key, 0 FROM stg_crm_prd_info WHERE prd_end_dt < prd_start_dt
