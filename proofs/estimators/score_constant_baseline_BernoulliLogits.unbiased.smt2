; certjax: rule estimators.score_constant_baseline_BernoulliLogits, obligation 'unbiased', verdict proved
; 10 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun log!102 () Real)
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
 (= 0.0 unknown!4))
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
 (let ((?x73 (- ?x15)))
 (let ((?x74 (/ ?x73 ?x18)))
 (let ((?x75 (+ 1.0 ?x74)))
 (let ((?x76 (- ?x75)))
 (let ((?x79 (+ 1.0 ?x76)))
 (let ((?x68 (/ 1.0 exp!2)))
 (let ((?x80 (* ?x68 ?x79)))
 (let ((?x81 (* |f[1]| ?x80)))
 (let ((?x39 (/ ?x15 exp!2)))
 (let ((?x77 (* ?x39 ?x76)))
 (let ((?x78 (* |f[0]| ?x77)))
 (let ((?x82 (+ ?x78 ?x81)))
 (let ((?x64 (- b)))
 (let ((?x66 (+ |f[1]| ?x64)))
 (let ((?x67 (- ?x66)))
 (let ((?x69 (* ?x67 ?x68)))
 (let ((?x70 (+ ?x66 ?x69)))
 (let ((?x71 (* ?x68 ?x70)))
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x59 (+ |f[0]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x61 (* ?x45 ?x38)))
 (let ((?x42 (* ?x39 ?x61)))
 (let ((?x72 (+ ?x42 ?x71)))
 (or (and (distinct ?x72 ?x82) true)))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!102 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!102) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!102 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!102)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun log!102 () Real)
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
 (let ((?x73 (- ?x15)))
 (let ((?x74 (/ ?x73 ?x18)))
 (let ((?x75 (+ 1.0 ?x74)))
 (let ((?x76 (- ?x75)))
 (let ((?x79 (+ 1.0 ?x76)))
 (let ((?x68 (/ 1.0 exp!2)))
 (let ((?x80 (* ?x68 ?x79)))
 (let ((?x81 (* |f[1]| ?x80)))
 (let ((?x39 (/ ?x15 exp!2)))
 (let ((?x77 (* ?x39 ?x76)))
 (let ((?x78 (* |f[0]| ?x77)))
 (let ((?x82 (+ ?x78 ?x81)))
 (let ((?x64 (- b)))
 (let ((?x59 (+ |f[0]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x85 (* ?x45 ?x68)))
 (let ((?x83 (* ?x39 ?x85)))
 (let ((?x66 (+ |f[1]| ?x64)))
 (let ((?x67 (- ?x66)))
 (let ((?x69 (* ?x67 ?x68)))
 (let ((?x70 (+ ?x66 ?x69)))
 (let ((?x71 (* ?x68 ?x70)))
 (let ((?x84 (+ ?x71 ?x83)))
 (or (and (distinct ?x84 ?x82) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!102 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!102) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!102 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!102)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun log!102 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!4))
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
 (let ((?x73 (- ?x15)))
 (let ((?x74 (/ ?x73 ?x18)))
 (let ((?x75 (+ 1.0 ?x74)))
 (let ((?x76 (- ?x75)))
 (let ((?x79 (+ 1.0 ?x76)))
 (let ((?x68 (/ 1.0 exp!2)))
 (let ((?x80 (* ?x68 ?x79)))
 (let ((?x81 (* |f[1]| ?x80)))
 (let ((?x39 (/ ?x15 exp!2)))
 (let ((?x77 (* ?x39 ?x76)))
 (let ((?x78 (* |f[0]| ?x77)))
 (let ((?x82 (+ ?x78 ?x81)))
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x64 (- b)))
 (let ((?x66 (+ |f[1]| ?x64)))
 (let ((?x67 (- ?x66)))
 (let ((?x158 (* ?x67 ?x38)))
 (let ((?x107 (+ ?x66 ?x158)))
 (let ((?x163 (* ?x68 ?x107)))
 (let ((?x59 (+ |f[0]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x85 (* ?x45 ?x68)))
 (let ((?x83 (* ?x39 ?x85)))
 (let ((?x110 (+ ?x83 ?x163)))
 (or (and (distinct ?x110 ?x82) true)))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!102 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!102) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!102 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!102)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun log!102 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!4))
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
 (let ((?x73 (- ?x15)))
 (let ((?x74 (/ ?x73 ?x18)))
 (let ((?x75 (+ 1.0 ?x74)))
 (let ((?x76 (- ?x75)))
 (let ((?x79 (+ 1.0 ?x76)))
 (let ((?x68 (/ 1.0 exp!2)))
 (let ((?x80 (* ?x68 ?x79)))
 (let ((?x81 (* |f[1]| ?x80)))
 (let ((?x39 (/ ?x15 exp!2)))
 (let ((?x77 (* ?x39 ?x76)))
 (let ((?x78 (* |f[0]| ?x77)))
 (let ((?x82 (+ ?x78 ?x81)))
 (let ((?x64 (- b)))
 (let ((?x59 (+ |f[0]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x85 (* ?x45 ?x68)))
 (let ((?x83 (* ?x39 ?x85)))
 (let ((?x66 (+ |f[1]| ?x64)))
 (let ((?x67 (- ?x66)))
 (let ((?x69 (* ?x67 ?x68)))
 (let ((?x70 (+ ?x66 ?x69)))
 (let ((?x71 (* ?x68 ?x70)))
 (let ((?x84 (+ ?x71 ?x83)))
 (or (and (distinct ?x84 ?x82) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!102 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!102) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!102 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!102)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 5 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun log!102 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!4))
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
 (let ((?x73 (- ?x15)))
 (let ((?x74 (/ ?x73 ?x18)))
 (let ((?x75 (+ 1.0 ?x74)))
 (let ((?x76 (- ?x75)))
 (let ((?x79 (+ 1.0 ?x76)))
 (let ((?x68 (/ 1.0 exp!2)))
 (let ((?x80 (* ?x68 ?x79)))
 (let ((?x81 (* |f[1]| ?x80)))
 (let ((?x39 (/ ?x15 exp!2)))
 (let ((?x77 (* ?x39 ?x76)))
 (let ((?x78 (* |f[0]| ?x77)))
 (let ((?x82 (+ ?x78 ?x81)))
 (let ((?x64 (- b)))
 (let ((?x59 (+ |f[0]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x85 (* ?x45 ?x68)))
 (let ((?x83 (* ?x39 ?x85)))
 (let ((?x66 (+ |f[1]| ?x64)))
 (let ((?x67 (- ?x66)))
 (let ((?x69 (* ?x67 ?x68)))
 (let ((?x70 (+ ?x66 ?x69)))
 (let ((?x71 (* ?x68 ?x70)))
 (let ((?x84 (+ ?x71 ?x83)))
 (or (and (distinct ?x84 ?x82) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!102 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!102) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!102 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!102)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 6 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun exp!2 () Real)
(declare-fun log!102 () Real)
(declare-fun log!152 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (= 0.0 ?x226))))
(assert
 (= 0.0 unknown!1))
(assert
 (= 0.0 unknown!4))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (< 0.0 ?x226))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let (($x303 (= 0.0 ?x226)))
 (not $x303)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (< 0.0 ?x226))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let (($x303 (= 0.0 ?x226)))
 (not $x303)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let ((?x205 (/ ?x38 ?x226)))
 (let ((?x221 (- ?x205)))
 (let ((?x281 (+ 1.0 ?x221)))
 (let ((?x353 (/ ?x38 exp!3)))
 (let ((?x247 (* ?x353 ?x281)))
 (let ((?x262 (* |f[1]| ?x247)))
 (let ((?x160 (/ 1.0 exp!3)))
 (let ((?x307 (* ?x160 ?x221)))
 (let ((?x304 (* |f[0]| ?x307)))
 (let ((?x125 (+ ?x304 ?x262)))
 (let ((?x64 (- b)))
 (let ((?x66 (+ |f[1]| ?x64)))
 (let ((?x67 (- ?x66)))
 (let ((?x271 (* ?x67 ?x353)))
 (let ((?x123 (+ ?x66 ?x271)))
 (let ((?x350 (* ?x353 ?x123)))
 (let ((?x59 (+ |f[0]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x61 (* ?x45 ?x38)))
 (let ((?x165 (* ?x61 ?x160)))
 (let ((?x114 (+ ?x165 ?x350)))
 (or (and (distinct ?x114 ?x125) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!102 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!102) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!102 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!102)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!152 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!152) (< exp!1 exp!3)))
(assert
 (= (< log!152 log!102) (< exp!3 exp!2)))
(assert
 (= (< log!102 log!152) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!152 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!152)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 7 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun exp!2 () Real)
(declare-fun log!102 () Real)
(declare-fun log!152 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (< 0.0 ?x226))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (< 0.0 ?x226))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let (($x303 (= 0.0 ?x226)))
 (not $x303)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (< 0.0 ?x226))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let (($x303 (= 0.0 ?x226)))
 (not $x303)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let ((?x205 (/ ?x38 ?x226)))
 (let ((?x221 (- ?x205)))
 (let ((?x281 (+ 1.0 ?x221)))
 (let ((?x353 (/ ?x38 exp!3)))
 (let ((?x247 (* ?x353 ?x281)))
 (let ((?x262 (* |f[1]| ?x247)))
 (let ((?x160 (/ 1.0 exp!3)))
 (let ((?x307 (* ?x160 ?x221)))
 (let ((?x304 (* |f[0]| ?x307)))
 (let ((?x125 (+ ?x304 ?x262)))
 (let ((?x64 (- b)))
 (let ((?x59 (+ |f[0]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x182 (* ?x45 ?x353)))
 (let ((?x117 (* ?x160 ?x182)))
 (let ((?x66 (+ |f[1]| ?x64)))
 (let ((?x67 (- ?x66)))
 (let ((?x271 (* ?x67 ?x353)))
 (let ((?x123 (+ ?x66 ?x271)))
 (let ((?x350 (* ?x353 ?x123)))
 (let ((?x120 (+ ?x350 ?x117)))
 (or (and (distinct ?x120 ?x125) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!102 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!102) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!102 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!102)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!152 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!152) (< exp!1 exp!3)))
(assert
 (= (< log!152 log!102) (< exp!3 exp!2)))
(assert
 (= (< log!102 log!152) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!152 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!152)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 8 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun exp!2 () Real)
(declare-fun log!102 () Real)
(declare-fun log!152 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!4))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (= 0.0 ?x226))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (< 0.0 ?x226))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let (($x303 (= 0.0 ?x226)))
 (not $x303)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (< 0.0 ?x226))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let (($x303 (= 0.0 ?x226)))
 (not $x303)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let ((?x205 (/ ?x38 ?x226)))
 (let ((?x221 (- ?x205)))
 (let ((?x281 (+ 1.0 ?x221)))
 (let ((?x353 (/ ?x38 exp!3)))
 (let ((?x247 (* ?x353 ?x281)))
 (let ((?x262 (* |f[1]| ?x247)))
 (let ((?x160 (/ 1.0 exp!3)))
 (let ((?x307 (* ?x160 ?x221)))
 (let ((?x304 (* |f[0]| ?x307)))
 (let ((?x125 (+ ?x304 ?x262)))
 (let ((?x64 (- b)))
 (let ((?x66 (+ |f[1]| ?x64)))
 (let ((?x67 (- ?x66)))
 (let ((?x158 (* ?x67 ?x38)))
 (let ((?x107 (+ ?x66 ?x158)))
 (let ((?x306 (* ?x107 ?x353)))
 (let ((?x59 (+ |f[0]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x182 (* ?x45 ?x353)))
 (let ((?x117 (* ?x160 ?x182)))
 (let ((?x211 (+ ?x117 ?x306)))
 (or (and (distinct ?x211 ?x125) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!102 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!102) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!102 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!102)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!152 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!152) (< exp!1 exp!3)))
(assert
 (= (< log!152 log!102) (< exp!3 exp!2)))
(assert
 (= (< log!102 log!152) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!152 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!152)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 9 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun exp!2 () Real)
(declare-fun log!102 () Real)
(declare-fun log!152 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!4))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (< 0.0 ?x226))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (< 0.0 ?x226))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let (($x303 (= 0.0 ?x226)))
 (not $x303)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (< 0.0 ?x226))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let (($x303 (= 0.0 ?x226)))
 (not $x303)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let ((?x205 (/ ?x38 ?x226)))
 (let ((?x221 (- ?x205)))
 (let ((?x281 (+ 1.0 ?x221)))
 (let ((?x353 (/ ?x38 exp!3)))
 (let ((?x247 (* ?x353 ?x281)))
 (let ((?x262 (* |f[1]| ?x247)))
 (let ((?x160 (/ 1.0 exp!3)))
 (let ((?x307 (* ?x160 ?x221)))
 (let ((?x304 (* |f[0]| ?x307)))
 (let ((?x125 (+ ?x304 ?x262)))
 (let ((?x64 (- b)))
 (let ((?x59 (+ |f[0]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x182 (* ?x45 ?x353)))
 (let ((?x117 (* ?x160 ?x182)))
 (let ((?x66 (+ |f[1]| ?x64)))
 (let ((?x67 (- ?x66)))
 (let ((?x271 (* ?x67 ?x353)))
 (let ((?x123 (+ ?x66 ?x271)))
 (let ((?x350 (* ?x353 ?x123)))
 (let ((?x120 (+ ?x350 ?x117)))
 (or (and (distinct ?x120 ?x125) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!102 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!102) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!102 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!102)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!152 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!152) (< exp!1 exp!3)))
(assert
 (= (< log!152 log!102) (< exp!3 exp!2)))
(assert
 (= (< log!102 log!152) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!152 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!152)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 10 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun exp!2 () Real)
(declare-fun log!102 () Real)
(declare-fun log!152 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!4))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (< 0.0 ?x226))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let (($x303 (= 0.0 ?x226)))
 (not $x303)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (< 0.0 ?x226))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let (($x303 (= 0.0 ?x226)))
 (not $x303)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x226 (+ 1.0 ?x38)))
 (let ((?x205 (/ ?x38 ?x226)))
 (let ((?x221 (- ?x205)))
 (let ((?x281 (+ 1.0 ?x221)))
 (let ((?x353 (/ ?x38 exp!3)))
 (let ((?x247 (* ?x353 ?x281)))
 (let ((?x262 (* |f[1]| ?x247)))
 (let ((?x160 (/ 1.0 exp!3)))
 (let ((?x307 (* ?x160 ?x221)))
 (let ((?x304 (* |f[0]| ?x307)))
 (let ((?x125 (+ ?x304 ?x262)))
 (let ((?x64 (- b)))
 (let ((?x59 (+ |f[0]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x182 (* ?x45 ?x353)))
 (let ((?x117 (* ?x160 ?x182)))
 (let ((?x66 (+ |f[1]| ?x64)))
 (let ((?x67 (- ?x66)))
 (let ((?x271 (* ?x67 ?x353)))
 (let ((?x123 (+ ?x66 ?x271)))
 (let ((?x350 (* ?x353 ?x123)))
 (let ((?x120 (+ ?x350 ?x117)))
 (or (and (distinct ?x120 ?x125) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!102 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!102) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!102 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!102)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!152 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!152) (< exp!1 exp!3)))
(assert
 (= (< log!152 log!102) (< exp!3 exp!2)))
(assert
 (= (< log!102 log!152) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!152 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!152)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
