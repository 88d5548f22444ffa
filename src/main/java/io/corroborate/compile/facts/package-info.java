/**
 * The Drools fact types and the Outcomes interface generated rules report through. Uses nothing else of ours.
 */
package io.corroborate.compile.facts;
