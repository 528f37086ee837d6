/**
 * Small classes that break (or keep) one architecture rule each, so that the tests can prove every
 * rule in {@code ArchitectureTest} is able to fail. Never imported by the rules' main run.
 */
@NullMarked
package org.mehrcrm.archfixtures;

import org.jspecify.annotations.NullMarked;
