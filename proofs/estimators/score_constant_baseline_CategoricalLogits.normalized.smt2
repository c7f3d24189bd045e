; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'normalized', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!74 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x101 (/ ?x36 exp!4)))
 (let ((?x100 (/ 1.0 exp!4)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x103 (/ ?x56 exp!4)))
 (let ((?x104 (+ ?x103 ?x102)))
 (or (and (distinct 1.0 ?x104) true))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!74 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!74) (< exp!1 exp!4)))
(assert
 (= (< log!74 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!74) (< exp!2 exp!4)))
(assert
 (= (< log!74 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!74) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!74 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!74)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!74 () Real)
(declare-fun log!100 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x109 (/ ?x9 exp!3)))
 (let ((?x411 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x405 (+ ?x411 ?x109)))
 (let ((?x412 (+ 1.0 ?x405)))
 (< 0.0 ?x412)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x109 (/ ?x9 exp!3)))
 (let ((?x132 (/ ?x109 exp!5)))
 (let ((?x411 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x131 (/ ?x411 exp!5)))
 (let ((?x258 (+ ?x131 ?x132)))
 (let ((?x269 (/ 1.0 exp!5)))
 (let ((?x270 (+ ?x269 ?x258)))
 (or (and (distinct 1.0 ?x270) true)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!74 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!74) (< exp!1 exp!4)))
(assert
 (= (< log!74 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!74) (< exp!2 exp!4)))
(assert
 (= (< log!74 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!74) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!74 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!74)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!100 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!5)))
(assert
 (= (< log!100 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!5)))
(assert
 (= (< log!100 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!5)))
(assert
 (= (< log!100 log!74) (< exp!5 exp!4)))
(assert
 (= (< log!74 log!100) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!100 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!100)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x109 (/ ?x9 exp!3)))
(let ((?x411 (/ (* 1.0 exp!2) exp!3)))
(let ((?x405 (+ ?x411 ?x109)))
(let ((?x412 (+ 1.0 ?x405)))
(=> (> ?x412 0.0) (= exp!5 ?x412))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!74 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!100 () Real)
(declare-fun log!128 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x332 (* 1.0 exp!2)))
 (let ((?x473 (/ ?x332 exp!1)))
 (let ((?x361 (+ 1.0 ?x473)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x279 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x279 ?x361)))
 (< 0.0 ?x385))))))))
(assert
 (let ((?x291 (/ 1.0 exp!6)))
 (let ((?x332 (* 1.0 exp!2)))
 (let ((?x473 (/ ?x332 exp!1)))
 (let ((?x299 (/ ?x473 exp!6)))
 (let ((?x137 (+ ?x299 ?x291)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x279 (/ ?x55 exp!1)))
 (let ((?x214 (/ ?x279 exp!6)))
 (let ((?x202 (+ ?x214 ?x137)))
 (or (and (distinct 1.0 ?x202) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!74 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!74) (< exp!1 exp!4)))
(assert
 (= (< log!74 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!74) (< exp!2 exp!4)))
(assert
 (= (< log!74 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!74) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!74 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!74)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!100 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!5)))
(assert
 (= (< log!100 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!5)))
(assert
 (= (< log!100 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!5)))
(assert
 (= (< log!100 log!74) (< exp!5 exp!4)))
(assert
 (= (< log!74 log!100) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!100 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!100)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x109 (/ ?x9 exp!3)))
 (let ((?x332 (* 1.0 exp!2)))
 (let ((?x411 (/ ?x332 exp!3)))
 (let ((?x405 (+ ?x411 ?x109)))
 (let ((?x412 (+ 1.0 ?x405)))
 (=> (> ?x412 0.0) (= exp!5 ?x412)))))))))
(assert
 (= (< log!128 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!6)))
(assert
 (= (< log!128 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!6)))
(assert
 (= (< log!128 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!6)))
(assert
 (= (< log!128 log!74) (< exp!6 exp!4)))
(assert
 (= (< log!74 log!128) (< exp!4 exp!6)))
(assert
 (= (< log!128 log!100) (< exp!6 exp!5)))
(assert
 (= (< log!100 log!128) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!128 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!128)))
(assert
 (let ((?x332 (* 1.0 exp!2)))
(let ((?x473 (/ ?x332 exp!1)))
(let ((?x361 (+ 1.0 ?x473)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x279 (/ ?x55 exp!1)))
(let ((?x385 (+ ?x279 ?x361)))
(=> (> ?x385 0.0) (= exp!6 ?x385)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!74 () Real)
(declare-fun log!100 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!128 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x109 (/ ?x9 exp!3)))
 (let ((?x332 (* 1.0 exp!2)))
 (let ((?x411 (/ ?x332 exp!3)))
 (let ((?x405 (+ ?x411 ?x109)))
 (let ((?x412 (+ 1.0 ?x405)))
 (< 0.0 ?x412))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x109 (/ ?x9 exp!3)))
 (let ((?x132 (/ ?x109 exp!5)))
 (let ((?x332 (* 1.0 exp!2)))
 (let ((?x411 (/ ?x332 exp!3)))
 (let ((?x131 (/ ?x411 exp!5)))
 (let ((?x258 (+ ?x131 ?x132)))
 (let ((?x269 (/ 1.0 exp!5)))
 (let ((?x270 (+ ?x269 ?x258)))
 (or (and (distinct 1.0 ?x270) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!74 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!74) (< exp!1 exp!4)))
(assert
 (= (< log!74 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!74) (< exp!2 exp!4)))
(assert
 (= (< log!74 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!74) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!74 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!74)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!100 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!5)))
(assert
 (= (< log!100 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!5)))
(assert
 (= (< log!100 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!5)))
(assert
 (= (< log!100 log!74) (< exp!5 exp!4)))
(assert
 (= (< log!74 log!100) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!100 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!100)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x109 (/ ?x9 exp!3)))
 (let ((?x332 (* 1.0 exp!2)))
 (let ((?x411 (/ ?x332 exp!3)))
 (let ((?x405 (+ ?x411 ?x109)))
 (let ((?x412 (+ 1.0 ?x405)))
 (=> (> ?x412 0.0) (= exp!5 ?x412)))))))))
(assert
 (= (< log!128 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!6)))
(assert
 (= (< log!128 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!6)))
(assert
 (= (< log!128 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!6)))
(assert
 (= (< log!128 log!74) (< exp!6 exp!4)))
(assert
 (= (< log!74 log!128) (< exp!4 exp!6)))
(assert
 (= (< log!128 log!100) (< exp!6 exp!5)))
(assert
 (= (< log!100 log!128) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!128 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!128)))
(assert
 (let ((?x332 (* 1.0 exp!2)))
(let ((?x473 (/ ?x332 exp!1)))
(let ((?x361 (+ 1.0 ?x473)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x279 (/ ?x55 exp!1)))
(let ((?x385 (+ ?x279 ?x361)))
(=> (> ?x385 0.0) (= exp!6 ?x385)))))))))
(check-sat)
(pop 1)
