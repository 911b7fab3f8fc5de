/** Documents in 公文 layout (GB/T 9704), their text, and ZIP packages. */
@NamedInterface("docs")
package org.fazhi.platform.docs;

import org.springframework.modulith.NamedInterface;
