"""How referral runs: `stream` (the faust worker, health on 8003) with `grpc` (the gRPC server it starts). Thin:
pseah.referral.bootstrap wires."""
