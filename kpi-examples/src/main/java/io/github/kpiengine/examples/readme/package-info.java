/**
 * The code snippets of the README, one class each; a test checks that the README shows exactly
 * these bodies and runs every class.
 */
package io.github.kpiengine.examples.readme;
