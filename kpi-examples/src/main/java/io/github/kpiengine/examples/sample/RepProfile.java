package io.github.kpiengine.examples.sample;

/**
 * How one sample rep works: the habits the generator draws that rep's year from.
 *
 * @param id the rep's id
 * @param name the rep's name
 * @param teamId the rep's team
 * @param callsPerWeek cold calls in an ordinary week
 * @param callToAppointment the share of cold calls that book a first appointment
 * @param referralsPerWeek referred prospects met in an ordinary week
 * @param appointmentToProposal the share of cold first appointments that lead to a proposal
 * @param closeRatio the share of cold proposals that are won
 * @param averageDeal the mean value of a deal, in euros
 * @param cycleDays the mean days from first appointment to close
 */
record RepProfile(String id, String name, String teamId, double callsPerWeek, double callToAppointment,
        double referralsPerWeek, double appointmentToProposal, double closeRatio, long averageDeal,
        int cycleDays) {
}
