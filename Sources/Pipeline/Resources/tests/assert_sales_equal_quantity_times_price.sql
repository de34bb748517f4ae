-- table: fact_sales
-- Every line's amount equals its quantity times its unit price, and both are positive.
SELECT order_key, order_number, sales_amount, quantity, price
FROM fact_sales
WHERE sales_amount <= 0 OR price <= 0 OR abs(sales_amount - quantity * price) > 0.005
