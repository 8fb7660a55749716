#!/usr/bin/env python3
"""A local SMTP sink for the cluster test (standard library only): accepts every mail and writes it to
DIR/<n>.eml, answering each message after DELAY seconds, so a wave takes long enough to kill a node during it.
Usage: smtp-sink.py PORT DIR [DELAY]"""
import itertools
import os
import socketserver
import sys
import threading
import time

port, directory = int(sys.argv[1]), sys.argv[2]
delay = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
os.makedirs(directory, exist_ok=True)
numbers = itertools.count(1)
numbers_lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("latin-1").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 sink")
            elif command == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                lines = []
                while True:
                    data = self.rfile.readline()
                    if not data or data in (b".\r\n", b".\n"):
                        break
                    lines.append(data[1:] if data.startswith(b"..") else data)
                if delay:
                    time.sleep(delay)
                with numbers_lock:
                    name = os.path.join(directory, "%06d.eml" % next(numbers))
                with open(name + ".tmp", "wb") as f:
                    f.writelines(lines)
                os.rename(name + ".tmp", name)
                self.reply("250 queued")
            elif command == "QUIT":
                self.reply("221 bye")
                return
            else:  # MAIL, RCPT, RSET, NOOP
                self.reply("250 ok")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


with Server(("127.0.0.1", port), Session) as server:
    print("smtp sink on 127.0.0.1:%d writing to %s" % (port, directory), flush=True)
    server.serve_forever()
