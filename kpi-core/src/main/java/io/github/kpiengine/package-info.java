/**
 * The vocabulary of sales KPIs: immutable, validated values.
 */
package io.github.kpiengine;
