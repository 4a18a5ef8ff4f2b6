/**
 * The bundled sample: a sales organisation of two departments, four teams and sixteen reps with a
 * year of activities and opportunities, generated from a fixed seed, with a few reps planted above
 * and below their peers.
 */
package io.github.kpiengine.examples.sample;
