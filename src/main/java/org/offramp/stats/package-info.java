/** Confidence intervals for outcome shares (Wilson score and Clopper–Pearson, from Commons Math). */
package org.offramp.stats;
