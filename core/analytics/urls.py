from django.urls import path

from core.analytics.views import AnalyticsView

urlpatterns = [path("analytics/", AnalyticsView.as_view(), name="analytics")]
