/**
 * Accounts, roles and scopes (کاربران، نقش‌ها و محدوده‌ها): who may sign in, which roles they
 * hold and where (one office, a county, a province or the whole country), the sign-in throttle,
 * and the scope check every boundary makes after its role check.
 */
package ir.pishkhan.security;
