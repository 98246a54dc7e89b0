/**
 * The {@code zhnews} command line: {@code analyze} (a table or the analysis JSON) and
 * {@code html}. A sample built on the library; only {@link org.zhnews.cli.Main} is public.
 */
package org.zhnews.cli;
