-- One row per customer: the NAS prefix is removed from the key, birth dates in the future are
-- unknown, and gender spellings are folded to Female / Male / n/a.
SELECT
    CASE WHEN upper(trim(CID)) LIKE 'NAS%' THEN substr(trim(CID), 4) ELSE trim(CID) END AS cid,
    CASE WHEN iso_date(trim(BDATE)) <= date('now') THEN trim(BDATE) END AS bdate,
    CASE upper(trim(GEN)) WHEN 'F' THEN 'Female' WHEN 'FEMALE' THEN 'Female' WHEN 'M' THEN 'Male' WHEN 'MALE' THEN 'Male' ELSE 'n/a' END AS gen
FROM raw_erp_cust_az12
