package org.fazhi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * The workflow-engine peer: the same review workflow (start → 合法性审查 task → complete → 集体审议 task) in Flowable,
 * on its own database on the same PostgreSQL, with the same clients. Like with like: the engine's
 * {@code taskService.complete} in process against our {@code ReviewService.complete}, and start + complete against
 * our create + submit + complete.
 */
final class FlowablePeer {

	static final String PROCESS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="fazhi">
			  <process id="legalityReview" name="合法性审查">
			    <startEvent id="start"/>
			    <sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
			    <userTask id="review" name="合法性审查" flowable:candidateGroups="LEGAL_REVIEWER"
			      xmlns:flowable="http://flowable.org/bpmn"/>
			    <sequenceFlow id="f2" sourceRef="review" targetRef="deliberation"/>
			    <userTask id="deliberation" name="集体审议" flowable:candidateGroups="LEADER"
			      xmlns:flowable="http://flowable.org/bpmn"/>
			    <sequenceFlow id="f3" sourceRef="deliberation" targetRef="end"/>
			    <endEvent id="end"/>
			  </process>
			</definitions>""";

	private FlowablePeer() {
	}

	static void run(String[] db, RegionBenchmark.Report report, int clients, int steps) throws Exception {
		String name = "fazhi_flowable_" + System.currentTimeMillis();
		try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]); Statement s = c.createStatement()) {
			s.execute("create database " + name);
		}
		String url = db[0].substring(0, db[0].lastIndexOf('/') + 1) + name;
		ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
			.setJdbcUrl(url)
			.setJdbcUsername(db[1])
			.setJdbcPassword(db[2])
			.setJdbcDriver("org.postgresql.Driver")
			.setJdbcMaxActiveConnections(clients + 2)
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.setAsyncExecutorActivate(false)
			.buildProcessEngine();
		try {
			engine.getRepositoryService().createDeployment().addString("review.bpmn20.xml", PROCESS).deploy();
			RuntimeService runtime = engine.getRuntimeService();
			TaskService tasks = engine.getTaskService();
			List<String> reviewTasks = new ArrayList<>();
			for (int i = 0; i < steps; i++) {
				String instance = runtime.startProcessInstanceByKey("legalityReview", "bench-" + i).getId();
				Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
				reviewTasks.add(task.getId());
			}
			RegionBenchmark.Timing complete = RegionBenchmark.Timing.parallel(clients, reviewTasks,
					id -> tasks.complete(id, java.util.Map.of("outcome", "STATEMENT")));
			report.figure("Flowable 7.1.0 taskService.complete (in process)", complete);
			List<Integer> numbers = new ArrayList<>();
			for (int i = 0; i < steps / 2; i++) {
				numbers.add(i);
			}
			RegionBenchmark.Timing full = RegionBenchmark.Timing.parallel(clients, numbers, i -> {
				String instance = runtime.startProcessInstanceByKey("legalityReview", "full-" + i).getId();
				Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
				tasks.complete(task.getId(), java.util.Map.of("outcome", "STATEMENT"));
			});
			report.figure("Flowable 7.1.0 start + complete (in process)", full);
			HttpSteps.flowable(engine, steps / 2, report);
			FlowablePeer.complete = complete;
			FlowablePeer.full = full;
		}
		finally {
			engine.close();
			try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]); Statement s = c.createStatement()) {
				s.execute("drop database if exists " + name + " with (force)");
			}
		}
	}

	static RegionBenchmark.Timing complete;

	static RegionBenchmark.Timing full;
}
