/**
 * The Persian, right-to-left web interface (Jakarta Faces with PrimeFaces): view beans named
 * after the use cases they serve, one sub-package per bounded context, plus sign-in and the
 * shared Jalali date converter.
 */
package ir.pishkhan.web;
