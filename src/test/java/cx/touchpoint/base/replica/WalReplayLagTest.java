package cx.touchpoint.base.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WalReplayLagTest {

    @Test
    void aWalPositionReadsAsOneNumberThatOrdersAsTheServerDoes() {
        assertThat(WalReplayLag.lsn("16/B374D848")).isEqualTo((0x16L << 32) | 0xB374D848L);
        assertThat(WalReplayLag.lsn("0/3000148")).isLessThan(WalReplayLag.lsn("1/0"));
        assertThat(WalReplayLag.lsn("0/FFFFFFFF")).isLessThan(WalReplayLag.lsn("1/0"));
    }
}
