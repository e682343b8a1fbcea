/**
 * Dashboards and reports (داشبورد و گزارش‌ها): capacity and saturation per county, the county
 * workload (renewals due, open reports and complaints, late items, revocations awaiting),
 * deadline compliance, and violations by category over Jalali months; each as a table that
 * exports to CSV and Excel with Persian headers and Jalali dates. Read-only, aggregated in the
 * database, and limited to the caller's county, province or the country.
 */
package ir.pishkhan.report;
