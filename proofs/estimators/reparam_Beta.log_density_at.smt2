; certjax: rule estimators.reparam_Beta, obligation 'log_density_at', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun concentration0 () Real)
(declare-fun concentration1 () Real)
(declare-fun lgamma!29 () Real)
(declare-fun lgamma!22 () Real)
(declare-fun lgamma!16 () Real)
(declare-fun log!13 () Real)
(declare-fun exp!1 () Real)
(assert
 (let (($x9 (< 0.0 concentration0)))
 (let (($x7 (< 0.0 concentration1)))
 (and $x7 $x9))))
(assert
 true)
(assert
 (let ((?x13 (to_real (to_int concentration1))))
 (let (($x16 (= ?x13 concentration1)))
 (let (($x12 (>= 0.0 concentration1)))
 (let (($x15 (and $x12 $x16)))
 (not $x15))))))
(assert
 (let ((?x19 (to_real (to_int concentration0))))
 (let (($x22 (= ?x19 concentration0)))
 (let (($x18 (>= 0.0 concentration0)))
 (let (($x21 (and $x18 $x22)))
 (not $x21))))))
(assert
 (let ((?x23 (+ concentration1 concentration0)))
 (let ((?x26 (to_real (to_int ?x23))))
 (let (($x29 (= ?x26 ?x23)))
 (let (($x25 (>= 0.0 ?x23)))
 (let (($x28 (and $x25 $x29)))
 (not $x28)))))))
(assert
 (let ((?x73 (- lgamma!29)))
 (let ((?x79 (+ (- 1.0) ?x73)))
 (let ((?x80 (- ?x79)))
 (let ((?x63 (+ lgamma!16 lgamma!22)))
 (let ((?x74 (+ ?x63 ?x73)))
 (let ((?x75 (- ?x74)))
 (let ((?x51 (+ concentration0 (- 1.0))))
 (let ((?x52 (* log!13 ?x51)))
 (let ((?x32 (+ concentration1 (- 1.0))))
 (let ((?x46 (* ?x32 log!13)))
 (let ((?x62 (+ ?x46 ?x52)))
 (let ((?x76 (+ ?x62 ?x75)))
 (let ((?x77 (- ?x76)))
 (let ((?x59 (- lgamma!22)))
 (let ((?x53 (+ (- (/ 1.0 2.0)) ?x52)))
 (let ((?x60 (+ ?x53 ?x59)))
 (let ((?x49 (- lgamma!16)))
 (let ((?x47 (+ (- (/ 1.0 2.0)) ?x46)))
 (let ((?x50 (+ ?x47 ?x49)))
 (let ((?x61 (+ ?x50 ?x60)))
 (let ((?x78 (+ ?x61 ?x77)))
 (let ((?x81 (+ ?x78 ?x80)))
 (or (and (distinct 0.0 ?x81) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!13 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!13)))
(assert
 (=> (> (/ 1.0 2.0) 0.0) (= (/ 1.0 2.0) exp!1)))
(assert
 (=> (and (= concentration0 concentration1)) (= lgamma!22 lgamma!16)))
(assert
 (=> (and (= (+ concentration1 concentration0) concentration1)) (= lgamma!29 lgamma!16)))
(assert
 (=> (and (= (+ concentration1 concentration0) concentration0)) (= lgamma!29 lgamma!22)))
(check-sat)
(pop 1)
