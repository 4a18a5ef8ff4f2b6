/**
 * KPI formulas as text: a small, closed language for definitions kept in CRM settings
 * ("count(proposal) / count(first_appointment)"), compiled to the same definitions as the Java
 * factories, written back by a formatter, and safe on any input. Start at
 * {@link io.github.kpiengine.formula.FormulaRegistry}.
 */
package io.github.kpiengine.formula;
