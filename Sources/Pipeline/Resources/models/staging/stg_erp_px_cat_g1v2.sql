-- One row per product category id, trimmed.
SELECT
    trim(ID) AS id,
    nullif(trim(CAT), '') AS cat,
    nullif(trim(SUBCAT), '') AS subcat,
    nullif(trim(MAINTENANCE), '') AS maintenance
FROM raw_erp_px_cat_g1v2
