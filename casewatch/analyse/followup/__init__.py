"""Follow-up of requests: threads of the same ask across documents, their status, and disputes."""

from casewatch.analyse.followup.build import followup
from casewatch.analyse.followup.model import Dispute, Finding, Followup, FollowupDoc, Thread

__all__ = ["Dispute", "Finding", "Followup", "FollowupDoc", "Thread", "followup"]
