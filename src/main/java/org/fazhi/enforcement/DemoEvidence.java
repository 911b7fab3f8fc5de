package org.fazhi.enforcement;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The demonstration's audio recordings: real WAV files (8 kHz, 16-bit mono, a one-second tone of the given pitch), as
 * a recorder would hand them over, so that the record's files open and their checksums are true.
 */
final class DemoEvidence {

	private DemoEvidence() {
	}

	static byte[] wav(int hertz) {
		int rate = 8000;
		int samples = rate;
		ByteBuffer data = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < samples; i++) {
			data.putShort((short) (Math.sin(2 * Math.PI * hertz * i / rate) * 8000));
		}
		ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
		header.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
		header.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate)
			.putInt(rate * 2).putShort((short) 2).putShort((short) 16);
		header.put("data".getBytes()).putInt(samples * 2);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(header.array());
		out.writeBytes(data.array());
		return out.toByteArray();
	}
}
