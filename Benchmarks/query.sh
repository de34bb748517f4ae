#!/usr/bin/env bash
# The same queries in the sqlite3 shell (its own .timer, process start excluded), to compare with
# the guarded executor figures printed by `swift run -c release ask-benchmark`.
#   Benchmarks/query.sh [WAREHOUSE] [REPEATS]
set -euo pipefail
db=${1:-data/warehouse.sqlite}
repeats=${2:-30}
queries=(
  "SELECT SUM(sales_amount) FROM fact_sales"
  "SELECT p.category, SUM(f.sales_amount) FROM fact_sales f JOIN dim_products p ON p.product_key = f.product_key GROUP BY p.category"
  "SELECT c.country, COUNT(DISTINCT f.order_number) FROM fact_sales f JOIN dim_customers c ON c.customer_key = f.customer_key WHERE f.order_date >= '2013-01-01' GROUP BY c.country"
  "WITH s AS (SELECT product_key, SUM(sales_amount) AS revenue FROM fact_sales GROUP BY product_key), r AS (SELECT product_key, revenue, RANK() OVER (ORDER BY revenue DESC) AS rk FROM s) SELECT p.product_name, r.revenue FROM r JOIN dim_products p ON p.product_key = r.product_key WHERE r.rk <= 5"
)
for q in "${queries[@]}"; do
  median=$({ echo ".timer on"; echo ".output /dev/null"; for _ in $(seq "$repeats"); do echo "$q;"; done; } | sqlite3 "$db" 2>&1 \
    | awk '/Run Time/ { printf "%.3f\n", $4 * 1000 }' | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
  echo "query ${q:0:48}: sqlite3 shell median ${median} ms"
done
