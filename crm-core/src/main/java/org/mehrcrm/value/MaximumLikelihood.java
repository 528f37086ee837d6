package org.mehrcrm.value;

import java.util.ArrayList;
import java.util.List;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.value.internal.Curvature;
import org.mehrcrm.value.internal.Minimizer;
import org.mehrcrm.value.internal.Minimum;
import org.mehrcrm.value.internal.NoConvergenceException;
import org.mehrcrm.value.internal.Objective;

/** Runs a fit in log-parameters and turns it into a {@link ModelFit}, for the built-in models. */
final class MaximumLikelihood {
  private MaximumLikelihood() {}

  /**
   * Minimises the mean negative log-likelihood in log-parameters from the start and computes the
   * standard errors.
   */
  static ModelFit fit(String model, List<String> names, Objective meanNegativeLogLikelihood, double[] start,
      double customers) {
    double[] phi = new double[start.length];
    for (int i = 0; i < start.length; i++) {
      phi[i] = Math.log(start[i]);
    }
    Minimum minimum;
    double[] se;
    try {
      minimum = Minimizer.bfgs(meanNegativeLogLikelihood, phi);
      var function = meanNegativeLogLikelihood.function();
      se = function.isPresent()
          ? Curvature.standardErrorsFromValues(function.get(), minimum.point(), customers)
          : Curvature.standardErrors(meanNegativeLogLikelihood, minimum.point(), customers);
    } catch (NoConvergenceException e) {
      throw new ModelFitException(model, e.reason(), e.iterations());
    }
    double[] at = minimum.point();
    List<Estimate> estimates = new ArrayList<>();
    for (int i = 0; i < at.length; i++) {
      double value = Math.exp(at[i]);
      if (!Double.isFinite(se[i]) || !(value > 0) || Double.isInfinite(value)) {
        throw new ModelFitException(model, "the estimate of " + names.get(i) + " is not finite", minimum.iterations());
      }
      estimates.add(new Estimate(names.get(i), value, se[i]));
    }
    return new ModelFit(model, estimates, -minimum.value() * customers, customers, minimum.iterations(),
        minimum.gradientNorm());
  }

  /** Checks that given parameters are positive and finite. */
  static double[] positive(List<String> names, double[] values) {
    if (values.length != names.size()) {
      throw new InvalidFieldException("parameters", "must be " + names.size() + " values: " + names);
    }
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] > 0) || Double.isInfinite(values[i])) {
        throw new InvalidFieldException(names.get(i), "must be positive and finite");
      }
    }
    return values.clone();
  }
}
