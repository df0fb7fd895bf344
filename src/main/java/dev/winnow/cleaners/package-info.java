/**
 * The built-in cleaners: one class per rule family, each with a stable name, a one-line reason, and its
 * vocabulary in a resource of the same name next to it.
 */
package dev.winnow.cleaners;
