/**
 * Readiness of a node: database reachable and schema fully migrated.
 */
package ir.pishkhan.health;
