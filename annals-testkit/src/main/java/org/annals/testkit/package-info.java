/**
 * Fixtures for the tests of the modules above the store: {@link org.annals.testkit.StoreFixture}
 * builds a small real store from hand-coded records. Never a compile-scope dependency.
 */
package org.annals.testkit;
