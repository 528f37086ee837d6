/**
 * The numerics behind the value models: log-gamma, digamma and log-beta, the Gauss
 * hypergeometric function in the forms the models need, a BFGS minimiser in log-parameter space
 * and the Hessian-based standard errors.
 *
 * <p>Key types: {@link org.mehrcrm.value.internal.SpecialFunctions},
 * {@link org.mehrcrm.value.internal.Minimizer}, {@link org.mehrcrm.value.internal.Objective},
 * {@link org.mehrcrm.value.internal.Curvature}. Closed to other features; written without any
 * runtime dependency and tested against published tables and, in the tests only, Hipparchus.
 */
@NullMarked
package org.mehrcrm.value.internal;

import org.jspecify.annotations.NullMarked;
