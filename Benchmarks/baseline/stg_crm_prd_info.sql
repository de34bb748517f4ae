-- Plain-SQL equivalent of models/staging/stg_crm_prd_info.sql for the sqlite3 shell baseline (no iso_date there).
-- One row per product version. The composite key is split into the category id and the product
-- number; the exported end date is unreliable, so it is recomputed as the day before the next
-- version of the same product number starts (NULL for the current version).
WITH parsed AS (
    SELECT
        CAST(trim(prd_id) AS INTEGER) AS prd_id,
        replace(substr(trim(prd_key), 1, 5), '-', '_') AS cat_id,
        substr(trim(prd_key), 7) AS prd_key,
        nullif(trim(prd_nm), '') AS prd_nm,
        CAST(coalesce(nullif(trim(prd_cost), ''), '0') AS NUMERIC) AS prd_cost,
        CASE upper(trim(prd_line))
            WHEN 'M' THEN 'Mountain' WHEN 'R' THEN 'Road' WHEN 'S' THEN 'Other Sales' WHEN 'T' THEN 'Touring'
            ELSE 'n/a'
        END AS prd_line,
        CASE WHEN date(substr(trim(prd_start_dt), 1, 10), '+0 days') = substr(trim(prd_start_dt), 1, 10)
             THEN substr(trim(prd_start_dt), 1, 10) END AS prd_start_dt
    FROM raw_crm_prd_info
)
SELECT
    *,
    date(LEAD(prd_start_dt) OVER (PARTITION BY prd_key ORDER BY prd_start_dt, prd_id), '-1 day') AS prd_end_dt
FROM parsed
