; certjax: rule estimators.score_constant_baseline_BernoulliLogits, obligation 'score_identity@1', verdict proved
; 6 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!74 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (= 0.0 ?x18))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x62 (- ?x15)))
 (let ((?x63 (/ ?x62 ?x18)))
 (let ((?x64 (+ 1.0 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let ((?x17 (/ 1.0 exp!2)))
 (let ((?x67 (* ?x17 ?x66)))
 (let ((?x29 (- b)))
 (let ((?x34 (+ |f[1]| ?x29)))
 (let ((?x68 (* ?x34 ?x67)))
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x49 (- ?x34)))
 (let ((?x35 (* ?x49 ?x57)))
 (let ((?x33 (+ ?x34 ?x35)))
 (let ((?x61 (* ?x17 ?x33)))
 (or (and (distinct ?x61 ?x68) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!74 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!74) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!74 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!74)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!74 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x62 (- ?x15)))
 (let ((?x63 (/ ?x62 ?x18)))
 (let ((?x64 (+ 1.0 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let ((?x17 (/ 1.0 exp!2)))
 (let ((?x67 (* ?x17 ?x66)))
 (let ((?x29 (- b)))
 (let ((?x34 (+ |f[1]| ?x29)))
 (let ((?x68 (* ?x34 ?x67)))
 (let ((?x49 (- ?x34)))
 (let ((?x71 (* ?x49 ?x17)))
 (let ((?x69 (+ ?x34 ?x71)))
 (let ((?x70 (* ?x17 ?x69)))
 (or (and (distinct ?x70 ?x68) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!74 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!74) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!74 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!74)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!74 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x62 (- ?x15)))
 (let ((?x63 (/ ?x62 ?x18)))
 (let ((?x64 (+ 1.0 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let ((?x17 (/ 1.0 exp!2)))
 (let ((?x67 (* ?x17 ?x66)))
 (let ((?x29 (- b)))
 (let ((?x34 (+ |f[1]| ?x29)))
 (let ((?x68 (* ?x34 ?x67)))
 (let ((?x49 (- ?x34)))
 (let ((?x71 (* ?x49 ?x17)))
 (let ((?x69 (+ ?x34 ?x71)))
 (let ((?x70 (* ?x17 ?x69)))
 (or (and (distinct ?x70 ?x68) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!74 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!74) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!74 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!74)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!74 () Real)
(declare-fun log!110 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (= 0.0 ?x214))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (< 0.0 ?x214))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (let (($x74 (= 0.0 ?x214)))
 (not $x74)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (< 0.0 ?x214))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (let (($x74 (= 0.0 ?x214)))
 (not $x74)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (let ((?x191 (/ ?x57 ?x214)))
 (let ((?x181 (- ?x191)))
 (let ((?x201 (+ 1.0 ?x181)))
 (let ((?x243 (/ ?x57 exp!3)))
 (let ((?x238 (* ?x243 ?x201)))
 (let ((?x29 (- b)))
 (let ((?x34 (+ |f[1]| ?x29)))
 (let ((?x109 (* ?x34 ?x238)))
 (let ((?x49 (- ?x34)))
 (let ((?x35 (* ?x49 ?x57)))
 (let ((?x33 (+ ?x34 ?x35)))
 (let ((?x138 (* ?x33 ?x243)))
 (or (and (distinct ?x138 ?x109) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!74 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!74) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!74 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!74)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!110 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!110) (< exp!1 exp!3)))
(assert
 (= (< log!110 log!74) (< exp!3 exp!2)))
(assert
 (= (< log!74 log!110) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!110 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!110)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 5 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!74 () Real)
(declare-fun log!110 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (< 0.0 ?x214))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (< 0.0 ?x214))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (let (($x74 (= 0.0 ?x214)))
 (not $x74)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (< 0.0 ?x214))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (let (($x74 (= 0.0 ?x214)))
 (not $x74)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (let ((?x191 (/ ?x57 ?x214)))
 (let ((?x181 (- ?x191)))
 (let ((?x201 (+ 1.0 ?x181)))
 (let ((?x243 (/ ?x57 exp!3)))
 (let ((?x238 (* ?x243 ?x201)))
 (let ((?x29 (- b)))
 (let ((?x34 (+ |f[1]| ?x29)))
 (let ((?x109 (* ?x34 ?x238)))
 (let ((?x49 (- ?x34)))
 (let ((?x123 (* ?x49 ?x243)))
 (let ((?x139 (+ ?x34 ?x123)))
 (let ((?x209 (* ?x243 ?x139)))
 (or (and (distinct ?x209 ?x109) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!74 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!74) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!74 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!74)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!110 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!110) (< exp!1 exp!3)))
(assert
 (= (< log!110 log!74) (< exp!3 exp!2)))
(assert
 (= (< log!74 log!110) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!110 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!110)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 6 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!74 () Real)
(declare-fun log!110 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (< 0.0 ?x214))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (let (($x74 (= 0.0 ?x214)))
 (not $x74)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (< 0.0 ?x214))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (let (($x74 (= 0.0 ?x214)))
 (not $x74)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x214 (+ 1.0 ?x57)))
 (let ((?x191 (/ ?x57 ?x214)))
 (let ((?x181 (- ?x191)))
 (let ((?x201 (+ 1.0 ?x181)))
 (let ((?x243 (/ ?x57 exp!3)))
 (let ((?x238 (* ?x243 ?x201)))
 (let ((?x29 (- b)))
 (let ((?x34 (+ |f[1]| ?x29)))
 (let ((?x109 (* ?x34 ?x238)))
 (let ((?x49 (- ?x34)))
 (let ((?x123 (* ?x49 ?x243)))
 (let ((?x139 (+ ?x34 ?x123)))
 (let ((?x209 (* ?x243 ?x139)))
 (or (and (distinct ?x209 ?x109) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!74 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!74) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!74 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!74)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!110 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!110) (< exp!1 exp!3)))
(assert
 (= (< log!110 log!74) (< exp!3 exp!2)))
(assert
 (= (< log!74 log!110) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!110 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!110)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
