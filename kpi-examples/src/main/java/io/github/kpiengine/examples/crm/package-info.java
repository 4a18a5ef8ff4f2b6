/**
 * CRM exports in: {@link io.github.kpiengine.examples.crm.Mapping} says how to read one CRM's files
 * (columns, days, amounts, value maps, the pipeline, the stage history's shape), bundled as presets
 * for Salesforce, HubSpot and Pipedrive and the {@code kpi} tool's own layout, or read from a JSON
 * mapping file; {@link io.github.kpiengine.examples.crm.CrmLoader} streams the files through FastCSV
 * straight into an {@link io.github.kpiengine.engine.ActivityLog}, so memory follows the log, not the
 * files, and reports each bad row by file, line, the CRM's column and the field it maps to.
 */
package io.github.kpiengine.examples.crm;
