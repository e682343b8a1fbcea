/**
 * Places (استان و شهرستان): Iran's provinces and counties. Every office, application, licence,
 * report and case belongs to exactly one county; county and province are the scopes staff work in.
 * Loaded from OpenStreetMap reference data (ODbL) by migration; administrators add and rename counties.
 */
package ir.pishkhan.place;
