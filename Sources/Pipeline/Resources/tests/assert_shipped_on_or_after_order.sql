-- table: fact_sales
-- No order is shipped (or due) before it was placed.
SELECT order_key, order_number, order_date, shipping_date, due_date
FROM fact_sales
WHERE shipping_date < order_date OR due_date < order_date
