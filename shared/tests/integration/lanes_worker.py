"""A faust worker made by pseah.common.streams.create_app with both lanes of one stream (lane_agents), for
test_priority_lane_backlog.py: the routine lane is handled slowly, ten messages at a time; every batch handled is
written to a progress file as "<lane> <count of routine messages handled so far> <keys>".

    python lanes_worker.py TOPIC PROGRESS_FILE WEB_PORT
"""
from __future__ import annotations

import asyncio
import sys

from pseah.common.streams import create_app, lane_agents, run_worker


def main() -> None:
    topic, progress, web_port = sys.argv[1], sys.argv[2], int(sys.argv[3])
    app = create_app(service=f"lanes-test-{topic}", bootstrap="127.0.0.1:9092", web_port=web_port)
    routine_handled = 0

    async def consume(stream, consumed: str):
        nonlocal routine_handled
        async for messages in stream.noack_take(10, within=0.05):
            if consumed == topic:
                await asyncio.sleep(0.2)  # a routine batch's store work: at most 50 messages a second
                routine_handled += len(messages)
            keys = ",".join(m.message.key.decode() for m in messages if m.message.key)
            with open(progress, "a") as out:
                out.write(f"{'routine' if consumed == topic else 'priority'} {routine_handled} {keys}\n")
            for message in messages:
                await stream.ack(message)

    lane_agents(app, topic, name="lanes-test", handler=consume)
    run_worker(app, log_level="warning")


if __name__ == "__main__":
    main()
