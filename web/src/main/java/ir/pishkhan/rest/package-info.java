/**
 * The REST API (JAX-RS under /api): thin adapters from JSON records to the boundaries of the ejb
 * module, one sub-package per bounded context, and the one place where refusals become
 * application/problem+json answers ({@code rest.shared}).
 */
package ir.pishkhan.rest;
