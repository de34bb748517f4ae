-- One row per customer: the dash is removed from the key so it matches the CRM customer number;
-- country codes become names, blanks become n/a, other names are kept as they are, trimmed.
SELECT
    replace(trim(CID), '-', '') AS cid,
    CASE
        WHEN upper(trim(CNTRY)) = 'DE' THEN 'Germany'
        WHEN upper(trim(CNTRY)) IN ('US', 'USA') THEN 'United States'
        WHEN trim(CNTRY) = '' OR CNTRY IS NULL THEN 'n/a'
        ELSE trim(CNTRY)
    END AS cntry
FROM raw_erp_loc_a101
