-- table: dim_customers
-- No customer is born in the future.
SELECT customer_key, customer_number, birth_date
FROM dim_customers
WHERE birth_date > date('now')
