#!/usr/bin/env bash
# Times a full warehouse build (lake copy, raw, staging, marts, data tests, swap) on the sample at a
# given scale, and the sqlite3 shell doing the same work: copy into a lake folder with sha256,
# `.import` the six CSVs, then run the very same staging and mart SQL files (with the build's date
# functions loaded as an extension, Benchmarks/baseline/date_functions.c) and create the indexes.
#
#   Benchmarks/build.sh [SCALE] [RUNS]      e.g. Benchmarks/build.sh 1 9, Benchmarks/build.sh 100 1
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1}
runs=${2:-5}
work=${BENCH_DIR:-/tmp/cyclingpro-bench}/scale-$scale
bin=.build/release/cyclingpro
[ -x "$bin" ] || swift build -c release --product cyclingpro >&2
mkdir -p "$work"
[ -f "$work/source/source_crm/sales_details.csv" ] || "$bin" sample --out "$work/source" --scale "$scale" >&2
rows=$(cat "$work"/source/*/*.csv | wc -l)
echo "scale $scale: $rows source lines, $(du -sh "$work/source" | cut -f1)"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# The same work in the sqlite3 shell.
models=Sources/Pipeline/Resources/models
sql="$work/baseline.sql"
gcc -O2 -fPIC -shared Benchmarks/baseline/date_functions.c -o "$work/date_functions.so"
{
  echo ".load $work/date_functions.so"
  echo "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;"
  while IFS='|' read -r name file cols; do
    echo "CREATE TABLE raw_$name ($(echo "$cols" | sed 's/,/ TEXT,/g') TEXT);"
    echo ".import --csv --skip 1 $work/lake-baseline/$file raw_$name"
    # the shell cannot record the line; number rows after the import
    echo "ALTER TABLE raw_$name ADD COLUMN _ingest_id INTEGER; ALTER TABLE raw_$name ADD COLUMN _source_line INTEGER; UPDATE raw_$name SET _ingest_id = 1, _source_line = rowid + 1;"
  done <<'LIST'
crm_cust_info|source_crm/cust_info.csv|cst_id,cst_key,cst_firstname,cst_lastname,cst_marital_status,cst_gndr,cst_create_date
crm_prd_info|source_crm/prd_info.csv|prd_id,prd_key,prd_nm,prd_cost,prd_line,prd_start_dt,prd_end_dt
crm_sales_details|source_crm/sales_details.csv|sls_ord_num,sls_prd_key,sls_cust_id,sls_order_dt,sls_ship_dt,sls_due_dt,sls_sales,sls_quantity,sls_price
erp_cust_az12|source_erp/CUST_AZ12.csv|CID,BDATE,GEN
erp_loc_a101|source_erp/LOC_A101.csv|CID,CNTRY
erp_px_cat_g1v2|source_erp/PX_CAT_G1V2.csv|ID,CAT,SUBCAT,MAINTENANCE
LIST
  for m in stg_crm_cust_info stg_crm_prd_info stg_crm_sales_details stg_erp_cust_az12 stg_erp_loc_a101 stg_erp_px_cat_g1v2; do
    echo "CREATE TABLE $m AS"; cat "$models/staging/$m.sql"; echo ";"
  done
  # Marts keyed like the build's (a NULL INTEGER PRIMARY KEY numbers the ordered rows).
  echo "CREATE TABLE dim_customers (customer_key INTEGER PRIMARY KEY, customer_id INTEGER, customer_number TEXT, first_name TEXT, last_name TEXT, country TEXT, marital_status TEXT, gender TEXT, birth_date TEXT, create_date TEXT);"
  echo "INSERT INTO dim_customers"; cat "$models/marts/dim_customers.sql"; echo ";"
  echo "CREATE INDEX c1 ON dim_customers(customer_id); CREATE INDEX c2 ON dim_customers(customer_number); CREATE INDEX c3 ON dim_customers(country);"
  echo "CREATE TABLE dim_products (product_key INTEGER PRIMARY KEY, product_id INTEGER, product_number TEXT, product_name TEXT, category_id TEXT, category TEXT, subcategory TEXT, maintenance TEXT, cost NUMERIC, product_line TEXT, start_date TEXT);"
  echo "INSERT INTO dim_products"; cat "$models/marts/dim_products.sql"; echo ";"
  echo "CREATE INDEX p1 ON dim_products(product_number); CREATE INDEX p2 ON dim_products(category, subcategory);"
  echo "CREATE TABLE fact_sales (order_key INTEGER PRIMARY KEY, order_number TEXT, product_key INTEGER, customer_key INTEGER, order_date TEXT, shipping_date TEXT, due_date TEXT, sales_amount NUMERIC, quantity INTEGER, price NUMERIC);"
  echo "INSERT INTO fact_sales"; cat "$models/marts/fact_sales.sql"; echo ";"
  echo "CREATE INDEX f1 ON fact_sales(order_date, order_number, product_key, customer_key, sales_amount, quantity);"
  echo "CREATE INDEX f2 ON fact_sales(product_key, order_date, customer_key, order_number, sales_amount, quantity);"
  echo "CREATE INDEX f3 ON fact_sales(customer_key, order_date, product_key, order_number, sales_amount, quantity);"
  echo "ANALYZE;"
} > "$sql"
# The shell baseline runs at small scales only (BENCH_SHELL=1 forces it): at scale 100 it takes minutes.
shell=${BENCH_SHELL:-$([ "$scale" -lt 10 ] && echo 1 || echo 0)}
# The two alternate, run by run, so that both meet the same machine: this one's speed varies up to
# 2x from minute to minute.
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "best %d ms, median %d ms", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
: > "$work/ours"; : > "$work/shell"
for i in $(seq "$runs"); do
  rm -rf "$work/out"
  t=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/rss" "$bin" build --source "$work/source" --warehouse "$work/out/warehouse.sqlite" --lake "$work/out/lake" > /dev/null
  d=$(ms "$t"); echo "$d" >> "$work/ours"
  echo "run $i: cyclingpro build ${d} ms, peak RSS $(( $(cat "$work/rss") / 1024 )) MB"

  [ "$shell" = 1 ] || continue
  rm -rf "$work/lake-baseline" "$work/baseline.sqlite"
  t=$(date +%s%N)
  mkdir -p "$work/lake-baseline"
  cp -r "$work/source/." "$work/lake-baseline/"
  sha256sum "$work"/lake-baseline/*/*.csv > /dev/null
  /usr/bin/time -f "%M" -o "$work/rss" sqlite3 -bail "$work/baseline.sqlite" < "$sql" > /dev/null
  d=$(ms "$t"); echo "$d" >> "$work/shell"
  echo "       sqlite3 shell ${d} ms, peak RSS $(( $(cat "$work/rss") / 1024 )) MB (no data tests, no atomic swap)"
done
echo "cyclingpro build: $(stats < "$work/ours")"
[ -s "$work/shell" ] && echo "sqlite3 shell:    $(stats < "$work/shell")"
