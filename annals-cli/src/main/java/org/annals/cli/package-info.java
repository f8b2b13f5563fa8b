/**
 * The {@code annals} command line. One picocli class per subcommand; each parses, calls the engine,
 * and renders. Only {@link org.annals.cli.Main#main} calls {@code System.exit}.
 */
package org.annals.cli;
