"""The baseline: a bare FastAPI endpoint, served the same way as intake (uvicorn, one process)."""
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Report(BaseModel):
    narrative: str


@app.post("/v1/reports", status_code=202)
async def accept(report: Report):
    return {"reference": "PSEAH-00000000", "receipt": "x", "status": "received"}
